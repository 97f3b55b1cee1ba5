# One INTERFACE target carries every warning, Qt strictness define and sanitizer flag,
# so each library and executable opts in by linking it and nothing is set globally.
add_library(chrysalis_options INTERFACE)
add_library(Chrysalis::options ALIAS chrysalis_options)

target_compile_options(chrysalis_options INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
    -Wunused -Woverloaded-virtual -Wconversion -Wno-sign-conversion
    -Wdouble-promotion -Wformat=2 -Wimplicit-fallthrough)
if(CHRYSALIS_WERROR)
    target_compile_options(chrysalis_options INTERFACE -Werror)
endif()

target_compile_definitions(chrysalis_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    CHRYSALIS_VERSION="${PROJECT_VERSION}")

if(CHRYSALIS_SANITIZE)
    target_compile_options(chrysalis_options INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(chrysalis_options INTERFACE -fsanitize=address,undefined)
endif()

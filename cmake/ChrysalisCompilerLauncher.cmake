# Use ccache when the machine has it; a machine without it builds the same, only slower. Paths are
# made relative to the source tree so that a fresh clone elsewhere still hits the cache.
if(NOT CMAKE_CXX_COMPILER_LAUNCHER)
    find_program(CHRYSALIS_CCACHE ccache)
    if(CHRYSALIS_CCACHE)
        set(CMAKE_CXX_COMPILER_LAUNCHER
            ${CMAKE_COMMAND} -E env "CCACHE_BASEDIR=${CMAKE_SOURCE_DIR}" CCACHE_NOHASHDIR=1 ${CHRYSALIS_CCACHE}
            CACHE STRING "Compiler launcher")
    endif()
endif()

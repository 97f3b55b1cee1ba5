# Fails when a C++ file of the project is not formatted as .clang-format says.
set(sources "")
foreach(dir core ui app tests)
    file(GLOB_RECURSE found "${SOURCE_DIR}/${dir}/*.h" "${SOURCE_DIR}/${dir}/*.cpp")
    list(APPEND sources ${found})
endforeach()
execute_process(COMMAND "${CLANG_FORMAT}" --dry-run --Werror ${sources}
    RESULT_VARIABLE result ERROR_VARIABLE errors)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "clang-format finds unformatted code (run clang-format -i):\n${errors}")
endif()
list(LENGTH sources count)
message(STATUS "clang-format: ${count} files formatted")

# Use ccache when the machine has it; a machine without it builds the same, only slower.
if(NOT CMAKE_CXX_COMPILER_LAUNCHER)
    find_program(CHRYSALIS_CCACHE ccache)
    if(CHRYSALIS_CCACHE)
        set(CMAKE_CXX_COMPILER_LAUNCHER "${CHRYSALIS_CCACHE}" CACHE STRING "Compiler launcher")
    endif()
endif()

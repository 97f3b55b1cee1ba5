# Smoke run of the real desktop client: `chrysalis --demo --screenshot` on the offscreen platform
# starts the embedded demo marketplace, signs in as bob, syncs, writes the main screens and exits.
# Usage: cmake -DCLIENT=… -DOUT_DIR=… -P demo_screenshot.cmake
file(REMOVE_RECURSE "${OUT_DIR}/data")
file(REMOVE "${OUT_DIR}/main.png")
execute_process(
    COMMAND "${CLIENT}" --demo --data-dir "${OUT_DIR}/data" --screenshot "${OUT_DIR}/main.png" --every-page
    RESULT_VARIABLE result
    OUTPUT_VARIABLE output
    ERROR_VARIABLE output
    TIMEOUT 120)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "chrysalis --demo --screenshot failed (${result}):\n${output}")
endif()
foreach(png main main-queue main-mywork main-profile main-attention)
    if(NOT EXISTS "${OUT_DIR}/${png}.png")
        message(FATAL_ERROR "no ${OUT_DIR}/${png}.png was written:\n${output}")
    endif()
    file(SIZE "${OUT_DIR}/${png}.png" size)
    if(size LESS 10000)
        message(FATAL_ERROR "${OUT_DIR}/${png}.png is only ${size} bytes")
    endif()
endforeach()

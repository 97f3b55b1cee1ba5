# Fails when a translation file no longer matches the code: lupdate, run on a copy with the options the file is
# kept with, would change it (a message added, changed or gone), or a full translation has an unfinished message.
# Arguments: LUPDATE, SOURCE_DIR, WORK_DIR.
set(problems "")
file(MAKE_DIRECTORY "${WORK_DIR}")
foreach(language en de es)
    # English holds only the plural forms of "%n" messages; the others hold every message.
    set(extra "")
    if(language STREQUAL "en")
        set(extra -pluralonly)
    endif()
    set(kept "${SOURCE_DIR}/translations/chrysalis_${language}.ts")
    set(copy "${WORK_DIR}/chrysalis_${language}.ts")
    configure_file("${kept}" "${copy}" COPYONLY)
    execute_process(COMMAND "${LUPDATE}" -I . -no-obsolete -locations none ${extra} -target-language ${language}
                            core ui app -ts "${copy}"
        WORKING_DIRECTORY "${SOURCE_DIR}" RESULT_VARIABLE result OUTPUT_QUIET ERROR_VARIABLE errors)
    if(NOT result EQUAL 0)
        string(APPEND problems "lupdate failed on chrysalis_${language}.ts: ${errors}\n")
        continue()
    endif()
    file(READ "${kept}" before)
    file(READ "${copy}" after)
    if(NOT before STREQUAL after)
        string(APPEND problems "translations/chrysalis_${language}.ts is out of date with the code: run lupdate "
                               "(see translations/CMakeLists.txt) and translate what it marks unfinished\n")
    endif()
    string(FIND "${after}" "type=\"unfinished\"" unfinished)
    if(NOT unfinished EQUAL -1)
        string(APPEND problems "translations/chrysalis_${language}.ts has unfinished messages\n")
    endif()
endforeach()
if(problems)
    message(FATAL_ERROR "${problems}")
endif()
message(STATUS "translations: en, de and es match the code")

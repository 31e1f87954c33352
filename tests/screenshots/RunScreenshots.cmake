# ctest driver: render every screen, then compare with the goldens.
file(REMOVE_RECURSE "${OUT}" "${DIFF}")
execute_process(COMMAND "${RUNNER}" "${OUT}" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "the screenshot runner failed (${rc})")
endif()
execute_process(COMMAND "${COMPARE}" "${GOLDEN}" "${OUT}" "${DIFF}" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "screens differ from the goldens; see ${DIFF} and ${OUT}/index.html. "
                        "If the change is intended: cmake --build build --target update_screenshots")
endif()

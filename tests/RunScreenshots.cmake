# ctest driver: run the app's screenshot mode, then compare with the goldens.
file(REMOVE_RECURSE "${OUT}" "${DIFF}")
set(ENV{QT_QPA_PLATFORM} offscreen)
set(ENV{TZ} UTC)
# A German desktop: the screens must still come out English, as the goldens are.
set(ENV{LANGUAGE} de)
set(ENV{LC_NUMERIC} de_DE.UTF-8)
execute_process(COMMAND "${APP}" --screenshots "${OUT}" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "screenshot mode failed (${rc})")
endif()
execute_process(COMMAND "${COMPARE}" "${GOLDEN}" "${OUT}" "${DIFF}" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "screens differ from the goldens; see ${DIFF} and ${OUT}/index.html. "
                        "If the change is intended: cmake --build build --target update_screenshots")
endif()

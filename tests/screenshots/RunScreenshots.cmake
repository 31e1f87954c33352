# ctest driver for one theme's screens (THEME: light or dark; both when empty):
# 1. render every screen here (OUT) and compare it with that theme's goldens;
# 2. render them again on "another machine" (ISOLATED, HostileMachine.cmake; when ISOLATED is
#    given): the PNGs must be byte-identical to the ones rendered here.
# The two renders run side by side: the runner spends its time waiting on the demo exchange's rate
# limits (about 3 s of CPU in a 65 s pass), so one ctest slot holds both.
file(REMOVE_RECURSE "${OUT}" "${DIFF}")
file(MAKE_DIRECTORY "${OUT}")
set(hostile "")
if(ISOLATED)
    include("${CMAKE_CURRENT_LIST_DIR}/HostileMachine.cmake")
    # A second command of execute_process runs at the same time as the first (a pipeline); the
    # first writes its output to a file, so nothing goes down the pipe.
    set(hostile COMMAND "${CMAKE_COMMAND}" -E env ${hostile_env} "${RUNNER}" "${ISOLATED}" ${THEME})
endif()
execute_process(COMMAND sh -c "exec \"$0\" \"$@\" >\"$1.log\"" "${RUNNER}" "${OUT}" ${THEME}
                ${hostile}
                RESULTS_VARIABLE rcs)
file(READ "${OUT}.log" log)
message("${log}")
list(GET rcs 0 rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "the screenshot runner failed (${rc})")
endif()
set(only "")
if(THEME)
    set(only --prefix "${THEME}-")
endif()
execute_process(COMMAND "${COMPARE}" ${only} "${GOLDEN}" "${OUT}" "${DIFF}" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "screens differ from the goldens; see ${DIFF} and ${OUT}/index.html. "
                        "If the change is intended: cmake --build build --target update_screenshots")
endif()
if(NOT ISOLATED)
    return()
endif()

list(GET rcs 1 rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "the screenshot runner failed on the other machine (${rc})")
endif()
file(GLOB reference RELATIVE "${OUT}" "${OUT}/*.png")
list(LENGTH reference count)
if(count EQUAL 0)
    message(FATAL_ERROR "no reference screens in ${OUT}")
endif()
set(differ 0)
foreach(png ${reference})
    # Hashed in this process (not a process per file): the same bytes or not.
    file(SHA256 "${OUT}/${png}" want)
    set(got "")
    if(EXISTS "${ISOLATED}/${png}")
        file(SHA256 "${ISOLATED}/${png}" got)
    endif()
    if(NOT got STREQUAL want)
        message("DIFFERS ${png}")
        math(EXPR differ "${differ} + 1")
    endif()
endforeach()
math(EXPR identical "${count} - ${differ}")
message("${identical} of ${count} screens byte-identical on the other machine")
if(NOT differ EQUAL 0)
    message(FATAL_ERROR "${differ} screens depend on the machine")
endif()

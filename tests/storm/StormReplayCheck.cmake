# ctest storm_replay: -DSTORM=<tradedesk-storm> -DWORK=<scratch directory>.
# 1. Seeds 1..4 (20 intents, a planted defect that makes every storm 429 an "earned" one, so a
#    seed whose requests meet one breaks `rate-limit`) run twice, each run writing its traces.
# 2. The two runs drew the same intents and threw the same faults at every request both sent.
# 3. A replay of the first run's traces throws exactly those faults at the same requests and
#    breaks the invariants the first run broke.
file(REMOVE_RECURSE ${WORK})
set(args --from 1 --seeds 4 --intents 20 --widgets 0 --no-traces --plant-earned-429
    --known-failing=rate-limit)
# The two runs at once (two processes: execute_process runs its commands concurrently).
execute_process(COMMAND ${STORM} ${args} --trace ${WORK}/first --quiet-summary
    COMMAND ${STORM} ${args} --trace ${WORK}/second
    RESULTS_VARIABLE rcs OUTPUT_VARIABLE out ERROR_VARIABLE err)
message("the two runs (${rcs}):\n${out}")
if(NOT rcs STREQUAL "0;0")
    message(FATAL_ERROR "a run failed (${rcs}):\n${err}")
endif()
execute_process(COMMAND ${STORM} --compare ${WORK}/first ${WORK}/second
    RESULT_VARIABLE rc OUTPUT_VARIABLE out)
message("${out}")
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "two runs of the same seeds drew differently")
endif()
execute_process(COMMAND ${STORM} --replay ${WORK}/first --no-traces --known-failing=rate-limit
    --trace ${WORK}/replay RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
message("replay:\n${out}")
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "the replay failed (${rc}):\n${err}")
endif()
execute_process(COMMAND ${STORM} --check-replay ${WORK}/first ${WORK}/replay
    RESULT_VARIABLE rc OUTPUT_VARIABLE out)
message("${out}")
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "the replay did not reproduce the recorded run")
endif()
# The planted defect must have shown (else this test proves nothing about violations).
file(GLOB traces ${WORK}/first/*.trace)
set(planted 0)
foreach(t ${traces})
    file(STRINGS ${t} hits REGEX "^violation\trate-limit")
    if(hits)
        math(EXPR planted "${planted} + 1")
    endif()
endforeach()
if(planted EQUAL 0)
    message(FATAL_ERROR "no seed met the planted defect: pick seeds that do")
endif()
message("the planted violation broke ${planted} seeds and came back in each replay")

# ctest storm_shrink: -DSTORM=<tradedesk-storm> -DWORK=<scratch directory>.
# --shrink end to end, on a planted defect (--plant-earned-429: the storm's own 429s count as
# earned, so a seed whose requests meet one breaks `rate-limit`):
# 1. seed 8 (10 intents) is recorded with --trace and shrunk in the same run (--shrink);
# 2. the shrunk trace has fewer faults and market moves (or fewer intents) than the recording,
#    and still names the invariant the recording broke;
# 3. a replay of the shrunk trace alone breaks that invariant again.
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK})
set(common --widgets 0 --no-traces --known-failing=rate-limit)
execute_process(COMMAND ${STORM} --seed 8 --intents 10 --plant-earned-429 ${common}
    --trace ${WORK}/seed8.trace --shrink
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
message("record and shrink (${rc}):\n${out}")
if(NOT rc EQUAL 0 OR NOT EXISTS ${WORK}/seed8.trace.shrunk)
    message(FATAL_ERROR "recording or shrinking failed (${rc}):\n${err}")
endif()
function(trace_figures file prefix)
    file(STRINGS ${file} decisions REGEX "^decision\t")
    file(STRINGS ${file} intents REGEX "^intents\t")
    file(STRINGS ${file} broken REGEX "^violation\trate-limit")
    list(LENGTH decisions n)
    string(REPLACE "intents\t" "" intents "${intents}")
    set(${prefix}_decisions ${n} PARENT_SCOPE)
    set(${prefix}_intents ${intents} PARENT_SCOPE)
    set(${prefix}_broken "${broken}" PARENT_SCOPE)
endfunction()
trace_figures(${WORK}/seed8.trace recorded)
trace_figures(${WORK}/seed8.trace.shrunk shrunk)
message("recorded: ${recorded_intents} intents, ${recorded_decisions} faults and market moves; "
    "shrunk: ${shrunk_intents} intents, ${shrunk_decisions}")
if(NOT recorded_broken)
    message(FATAL_ERROR "the planted defect did not show in seed 8: pick a seed where it does")
endif()
if(NOT shrunk_broken)
    message(FATAL_ERROR "the shrunk trace does not name rate-limit")
endif()
if(NOT (shrunk_decisions LESS recorded_decisions OR shrunk_intents LESS recorded_intents))
    message(FATAL_ERROR "the shrunk trace is not smaller than the recording")
endif()
execute_process(COMMAND ${STORM} --replay ${WORK}/seed8.trace.shrunk ${common}
    --trace ${WORK}/replay.trace RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
message("replay of the shrunk trace (${rc}):\n${out}")
file(STRINGS ${WORK}/replay.trace again REGEX "^violation\trate-limit")
if(NOT rc EQUAL 0 OR NOT again)
    message(FATAL_ERROR "the shrunk trace, replayed alone, did not break rate-limit again")
endif()
message("shrunk from ${recorded_intents} intents and ${recorded_decisions} faults and market "
    "moves to ${shrunk_intents} and ${shrunk_decisions}; the replay broke rate-limit again")

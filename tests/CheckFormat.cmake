# ctest driver: every C++ source in the tree is formatted as .clang-format says.
file(GLOB_RECURSE sources
     "${SOURCE_DIR}/app/*.cpp" "${SOURCE_DIR}/app/*.h"
     "${SOURCE_DIR}/models/*.cpp" "${SOURCE_DIR}/models/*.h"
     "${SOURCE_DIR}/ui/*.cpp" "${SOURCE_DIR}/ui/*.h"
     "${SOURCE_DIR}/tests/*.cpp" "${SOURCE_DIR}/tests/*.h")
execute_process(COMMAND "${CLANG_FORMAT}" --dry-run -Werror ${sources}
                RESULT_VARIABLE rc ERROR_VARIABLE errors)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${errors}\nNot formatted; run: clang-format-14 -i on the files above")
endif()
list(LENGTH sources count)
message(STATUS "${count} files formatted as .clang-format says")

cmake_minimum_required(VERSION 3.16) # policies for script mode (empty list elements kept)
# ctest driver: the layers include only downwards, and no file or function outgrows a reader
# (files <= 450 lines, function bodies <= FUNCTION_LIMIT lines, both under app/, models/, ui/).
#   core     <- nothing of ours            (app/core)
#   net      <- core                       (app/net: the only code of ours that uses Qt Network
#                                           besides the demo exchange's server)
#   demo     <- core                       (app/demo)
#   models   <- core                       (models)
#   session  <- core, models               (app/session)
#   ui       <- core, models, session; never the API service or the demo (ui)
set(rules
    "app/core|models/,session/,ui/,demo/,net/"
    "app/net|models/,session/,ui/,demo/,desktop/"
    "app/demo|models/,session/,ui/"
    "models|session/,ui/,demo/"
    "app/session|ui/,demo/"
    "ui|demo/,net/,core/ApiService.h")
set(failures "")
foreach(rule ${rules})
    string(REPLACE "|" ";" parts "${rule}")
    list(GET parts 0 folder)
    list(GET parts 1 forbidden)
    string(REPLACE "," ";" forbidden "${forbidden}")
    file(GLOB_RECURSE files "${SOURCE_DIR}/${folder}/*.cpp" "${SOURCE_DIR}/${folder}/*.h")
    foreach(f ${files})
        file(STRINGS "${f}" includes REGEX "^#include [\"<]")
        foreach(line ${includes})
            foreach(bad ${forbidden})
                if(line MATCHES "^#include \"${bad}")
                    string(APPEND failures "\n${f}: ${line} (the ${folder} layer must not)")
                endif()
            endforeach()
            # Qt Network is opened after the first frame (app/net, a module): nothing the app
            # loads before it may use it.
            if(NOT folder MATCHES "^app/(net|demo)$" AND line MATCHES "^#include <Q(Network|Ssl|HostAddress|TcpSocket|AbstractSocket)")
                string(APPEND failures "\n${f}: ${line} (Qt Network only in app/net and app/demo)")
            endif()
            if(NOT folder STREQUAL "ui" AND line MATCHES "^#include <Q(Widget|Dialog|MainWindow|Label|LineEdit|PushButton|Application)[>.]")
                string(APPEND failures "\n${f}: ${line} (widgets only in ui/)")
            endif()
        endforeach()
    endforeach()
endforeach()

# Size: no file over 450 lines under app/, models/, ui/ (see the README's note for exceptions).
set(allowed_long "")
file(GLOB_RECURSE sources "${SOURCE_DIR}/app/*.cpp" "${SOURCE_DIR}/app/*.h"
     "${SOURCE_DIR}/models/*.cpp" "${SOURCE_DIR}/models/*.h"
     "${SOURCE_DIR}/ui/*.cpp" "${SOURCE_DIR}/ui/*.h")
foreach(f ${sources})
    file(READ "${f}" content)
    string(REGEX REPLACE "[^\n]" "" newlines "${content}")
    string(LENGTH "${newlines}" n)
    if(n GREATER 450)
        string(APPEND failures "\n${f}: ${n} lines (over 450)")
    endif()
endforeach()

# Functions: no function body over FUNCTION_LIMIT lines under app/, models/, ui/. A function is
# what .clang-format writes as a brace alone on its line (AfterFunction) after a line with a ')'
# (its parameter list, a trailing qualifier or a constructor's member initialiser); its body runs
# to the closing brace alone at the same indentation. Free functions, member functions defined
# out of line and those defined in a class body are all measured; lambdas are part of the
# function they are written in. Class, struct and enum bodies do not count (no ')' before them).
set(FUNCTION_LIMIT 80)
set(functions 0)
foreach(f ${sources})
    file(READ "${f}" content)
    # One list element per line (empty lines kept): protect the list separators first.
    string(REPLACE ";" "<semicolon>" content "${content}")
    string(REPLACE "[" "<open>" content "${content}")
    string(REPLACE "]" "<close>" content "${content}")
    string(REPLACE "\\" "<backslash>" content "${content}")
    string(REPLACE "\n" ";" lines "${content}")
    set(number 0)
    set(previous "")
    set(open_indent "")
    set(open_line 0)
    set(open_name "")
    set(inside FALSE)
    foreach(line IN LISTS lines)
        math(EXPR number "${number} + 1")
        if(NOT inside)
            if(line MATCHES "^( *)\\{$")
                set(indent "${CMAKE_MATCH_1}") # before the next MATCHES resets it
                if(previous MATCHES "\\)")
                    set(inside TRUE)
                    set(open_indent "${indent}")
                    set(open_line ${number})
                    string(STRIP "${previous}" open_name)
                    string(REPLACE "<open>" "[" open_name "${open_name}")
                    string(REPLACE "<close>" "]" open_name "${open_name}")
                endif()
            endif()
        elseif(line STREQUAL "${open_indent}}")
            set(inside FALSE)
            math(EXPR length "${number} - ${open_line} - 1")
            math(EXPR functions "${functions} + 1")
            if(length GREATER FUNCTION_LIMIT)
                string(APPEND failures
                       "\n${f}:${open_line}: ${length}-line function (over ${FUNCTION_LIMIT}) after '${open_name}'")
            endif()
        endif()
        if(NOT line STREQUAL "")
            set(previous "${line}")
        endif()
    endforeach()
endforeach()
if(functions LESS 100)
    string(APPEND failures "\nonly ${functions} functions found: the function scan is broken")
endif()

if(failures)
    message(FATAL_ERROR "Layering or size rules broken:${failures}")
endif()
list(LENGTH sources count)
message(STATUS "${count} files keep to their layers and sizes; ${functions} function bodies "
               "within ${FUNCTION_LIMIT} lines")

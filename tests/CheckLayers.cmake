# ctest driver: the layers include only downwards, and no file or function outgrows a reader.
#   core     <- nothing of ours            (app/core)
#   demo     <- core                       (app/demo)
#   models   <- core                       (models)
#   session  <- core, models               (app/session)
#   ui       <- core, models, session; never the API service or the demo (ui)
set(rules
    "app/core|models/,session/,ui/,demo/"
    "app/demo|models/,session/,ui/"
    "models|session/,ui/,demo/"
    "app/session|ui/,demo/"
    "ui|demo/,core/ApiService.h")
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

if(failures)
    message(FATAL_ERROR "Layering or size rules broken:${failures}")
endif()
list(LENGTH sources count)
message(STATUS "${count} files keep to their layers and sizes")

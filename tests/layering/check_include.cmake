# Runs cmake/Layering.cmake's folder check on a scratch library holding one file, FILE, whose only line
# includes HEADER: `cmake -DSOURCE_DIR=... -DSCRATCH=... -DLIBRARY=core|shell -DFILE=src/logs/x.cpp
# -DHEADER=events/support.hpp -P check_include.cmake`. Prints "layering ok" when the include is allowed;
# CTest checks which of the two it printed.
cmake_minimum_required(VERSION 3.25)
include(${SOURCE_DIR}/cmake/Layering.cmake)
set(library_dir ${SCRATCH}/${LIBRARY})
file(REMOVE_RECURSE ${library_dir})
file(WRITE ${library_dir}/${FILE} "#include \"${HEADER}\"\n")
string(TOUPPER ${LIBRARY} upper)
evb_check_folders(${library_dir} "${EVB_${upper}_FOLDER_RULES}")
message(STATUS "layering ok")

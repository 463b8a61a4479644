# nlohmann/json from Debian's nlohmann-json3-dev. The include folder handed to compilers holds only
# nlohmann/, never all of /usr/include, so the wasm build cannot pick up the host's C library headers.
find_path(EVB_NLOHMANN_DIR nlohmann/json.hpp PATHS /usr/include NO_CMAKE_FIND_ROOT_PATH REQUIRED)
set(EVB_JSON_INCLUDE "${CMAKE_BINARY_DIR}/deps/include")
if(NOT EXISTS "${EVB_JSON_INCLUDE}/nlohmann")
  file(MAKE_DIRECTORY "${EVB_JSON_INCLUDE}")
  file(CREATE_LINK "${EVB_NLOHMANN_DIR}/nlohmann" "${EVB_JSON_INCLUDE}/nlohmann" SYMBOLIC)
endif()
add_library(evb_json INTERFACE)
target_include_directories(evb_json SYSTEM INTERFACE "${EVB_JSON_INCLUDE}")

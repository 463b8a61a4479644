# All Emscripten flags live here. -fwasm-exceptions at compile and link time makes a stray throw
# catchable instead of killing the page; ports are not used (they download at build time). -msimd128 lets
# the matcher use block.hpp's SIMD128 path, in the page as in the benchmark (every current browser runs it).
set(EVB_WASM_COMPILE_FLAGS -fwasm-exceptions -msimd128)
set(EVB_WASM_LINK_FLAGS
  -fwasm-exceptions
  -sUSE_GLFW=3
  -sUSE_WEBGL2=1
  -sMIN_WEBGL_VERSION=2
  -sMAX_WEBGL_VERSION=2
  -sFULL_ES3=1
  -sALLOW_MEMORY_GROWTH=1
  -sMODULARIZE=1
  -sEXPORT_NAME=createEvbModule
  -sENVIRONMENT=web,node
  -sEXPORTED_RUNTIME_METHODS=ccall,cwrap,UTF8ToString,stringToUTF8,lengthBytesUTF8
  -sNO_EXIT_RUNTIME=1
)
add_compile_options(${EVB_WASM_COMPILE_FLAGS})
add_link_options(-fwasm-exceptions)

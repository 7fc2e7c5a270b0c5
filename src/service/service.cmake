# The service stage (issue 7): the daemon behind `tingbao serve`.
# Include from the top-level CMakeLists.txt after the export stage:
#   include(src/service/service.cmake)
# It defines tb_service, and links it into the tingbao program and the test_service unit test
# once the whole tree is read (those targets are defined later, in the tree and in tests/).
if(NOT TARGET tb_service)
  tb_stage(service tb_layout tb_export PkgConfig::MICROHTTPD PkgConfig::SQLITE3
           PkgConfig::JANSSON m)
  target_compile_definitions(tb_service PRIVATE TB_VERSION="${PROJECT_VERSION}")
endif()

function(tb_service_link_late)
  if(TARGET tingbao)
    target_link_libraries(tingbao PRIVATE tb_service)
  endif()
  if(TARGET test_service)
    target_link_libraries(test_service PRIVATE tb_service)
  endif()
endfunction()
cmake_language(DEFER CALL tb_service_link_late)

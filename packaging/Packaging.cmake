# Debian package: the console and outreachctl in one package, with desktop integration.
include(GNUInstallDirs)
if(OUTREACH_BUILD_GUI)
  install(FILES ${CMAKE_CURRENT_LIST_DIR}/outreach-console.desktop
          DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
  install(FILES ${CMAKE_CURRENT_LIST_DIR}/outreach-console.metainfo.xml
          DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
  install(FILES ${CMAKE_CURRENT_LIST_DIR}/outreach-console.svg
          DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
endif()
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME outreach-console)
set(CPACK_PACKAGE_CONTACT "Outreach Console maintainers <maintainers@outreach.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "Lead generation and cold-email outreach console with an embedded job engine")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# A RelWithDebInfo build carries ~120 MB of debug info per binary; users get stripped ones.
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION mail)
include(CPack)

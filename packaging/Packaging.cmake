# Debian package: both programs in one package.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME outreach-console)
set(CPACK_PACKAGE_CONTACT "Outreach Console maintainers <maintainers@outreach.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Lead generation and cold-email outreach console with a job engine")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
include(CPack)

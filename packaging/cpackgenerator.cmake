# Read by CPack once per generator. CPack's Debian generator puts CPACK_PACKAGE_DESCRIPTION_SUMMARY above
# each package's description unless it is CPack's default; each of our packages names its own synopsis
# on the first line of CPACK_DEBIAN_<COMPONENT>_DESCRIPTION instead.
if(CPACK_GENERATOR STREQUAL "DEB")
    set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${CPACK_DEFAULT_PACKAGE_DESCRIPTION_SUMMARY}")
endif()

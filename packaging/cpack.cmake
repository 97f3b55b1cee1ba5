# Packages from the install rules: `cpack -G DEB` makes two Debian packages, chrysalis (the client, with
# its desktop entry, metadata and icons) and chrysalis-server (with its systemd unit); `cpack -G TGZ` makes
# one relocatable archive of both.
set(CPACK_PACKAGE_NAME chrysalis)
set(CPACK_PACKAGE_VENDOR "The Chrysalis developers")
set(CPACK_PACKAGE_CONTACT "The Chrysalis developers <developers@chrysalis.example.org>")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/packaging/COPYING")
set(CPACK_GENERATOR DEB TGZ)
set(CPACK_PROJECT_CONFIG_FILE "${PROJECT_SOURCE_DIR}/packaging/cpackgenerator.cmake")
set(CPACK_STRIP_FILES ON)

if(CHRYSALIS_BUILD_UI)
    set(CPACK_COMPONENTS_ALL client server)
else()
    set(CPACK_COMPONENTS_ALL server)
endif()
# The client starts chrysalis-server for its local and demo marketplaces.
set(CPACK_COMPONENT_CLIENT_DEPENDS server)
# Debian descriptions: the first line is the synopsis (see cpackgenerator.cmake).
set(CPACK_DEBIAN_CLIENT_DESCRIPTION "Desktop client for refereed annotation work, online or offline
Workers claim and answer items offline and sync later; requesters draft
tasks, review answers and read feedback as a diff; arbiters vote blind on
conflicts. Connects to a Chrysalis marketplace or runs a demo marketplace
of its own.")
set(CPACK_DEBIAN_SERVER_DESCRIPTION "Marketplace server for refereed annotation work
The authority on tasks, answers, arbitration, money, tiers and points, on
SQLite or PostgreSQL, with a systemd service (chrysalis-server.service) and
a sample configuration in /etc/chrysalis/server.conf.")

set(CPACK_ARCHIVE_COMPONENT_INSTALL OFF)

set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_ENABLE_COMPONENT_DEPENDS ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# Shared libraries are found by dpkg-shlibdeps; the plugins Qt loads at run time are named here.
set(CPACK_DEBIAN_CLIENT_PACKAGE_NAME chrysalis)
set(CPACK_DEBIAN_CLIENT_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins")
# Recommended: Wayland, Qt's own translated texts (OK, Cancel, …), and a Secret Service (GNOME Keyring) or
# KWallet, which keeps the sign-in token.
set(CPACK_DEBIAN_CLIENT_PACKAGE_RECOMMENDS "qt6-wayland, qt6-translations-l10n, gnome-keyring | libkf5wallet-bin")
set(CPACK_DEBIAN_SERVER_PACKAGE_NAME chrysalis-server)
set(CPACK_DEBIAN_SERVER_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6sql6-psql, systemd | adduser")
set(CPACK_DEBIAN_SERVER_PACKAGE_SUGGESTS "postgresql")
set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_EXTRA
    "${PROJECT_SOURCE_DIR}/packaging/debian/server/postinst"
    "${PROJECT_SOURCE_DIR}/packaging/debian/server/prerm"
    "${PROJECT_SOURCE_DIR}/packaging/debian/server/postrm"
    "${PROJECT_SOURCE_DIR}/packaging/debian/server/conffiles")

include(CPack)

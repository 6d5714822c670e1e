# Install rules and packaging live here (see the installer issue).
include(GNUInstallDirs)
install(TARGETS secondthought-host RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

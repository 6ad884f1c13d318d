; cbdesk's Windows installer (NSIS 3, Unicode, 64-bit).
;
; Built by `make installer` (packaging/build_installer.py), which writes the
; list of the program folder's top-level entries to ${FILES} and runs
;   makensis -INPUTCHARSET UTF8 -DVERSION=… -DVERSION4=… -DFILES=… -DOUTFILE=… installer.nsi
;
; What it does (docs/WINDOWS.md, "Installing"):
; - installs the one-folder program for the current user (no administrator
;   rights: %LOCALAPPDATA%\Programs\cbdesk) or for every user of the PC
;   (C:\Program Files\cbdesk): the first page asks; silently `/CurrentUser`
;   (the default) or `/AllUsers`;
; - a Start-menu shortcut, and a desktop shortcut unless unticked (`/NODESKTOP`);
; - an entry in Settings → Apps (name, version, publisher, size, icon);
; - installing over an earlier version replaces the program in its folder and
;   mode (the old program files are removed first; the data are not touched);
; - the uninstaller removes the program, its shortcuts and its entry and keeps
;   the data folder %APPDATA%\cbdesk (database, backups, logs) unless the
;   clerk ticks "also delete my data" (silently: `/REMOVEDATA`).
;
; Silent use: setup.exe /S [/AllUsers] [/NODESKTOP] [/D=C:\path]
;             uninstall.exe /S [/REMOVEDATA]

Unicode true
Target amd64-unicode
ManifestDPIAware true
ManifestSupportedOS Win10

!ifndef VERSION | VERSION4 | FILES | OUTFILE
  !error "build with packaging/build_installer.py (make installer)"
!endif
!ifdef FAST
  SetCompressor zlib
!else
  SetCompressor /SOLID lzma
!endif

!define APP "cbdesk"
!define PUBLISHER "cbdesk"
!define EXE "cbdesk.exe"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\cbdesk"
!define APP_KEY "Software\cbdesk"

Name "cbdesk"
OutFile "${OUTFILE}"
BrandingText "cbdesk ${VERSION}"
!ifdef ICON
  Icon "${ICON}"
  UninstallIcon "${ICON}"
  !define MUI_ICON "${ICON}"
  !define MUI_UNICON "${ICON}"
!endif

VIProductVersion "${VERSION4}"
VIAddVersionKey /LANG=0 "ProductName" "cbdesk"
VIAddVersionKey /LANG=0 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=0 "FileDescription" "cbdesk ${VERSION} — cài đặt (setup)"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "LegalCopyright" "© cbdesk contributors, MIT License"

; ------------------------------------------------------------ per user / per machine
!define MULTIUSER_EXECUTIONLEVEL Highest
!define MULTIUSER_MUI
!define MULTIUSER_INSTALLMODE_COMMANDLINE
!define MULTIUSER_USE_PROGRAMFILES64
!define MULTIUSER_INSTALLMODE_INSTDIR "cbdesk"
!define MULTIUSER_INSTALLMODE_INSTDIR_REGISTRY_KEY "${APP_KEY}"
!define MULTIUSER_INSTALLMODE_INSTDIR_REGISTRY_VALUENAME "InstallDir"
!define MULTIUSER_INSTALLMODE_DEFAULT_REGISTRY_KEY "${APP_KEY}"
!define MULTIUSER_INSTALLMODE_DEFAULT_REGISTRY_VALUENAME "InstallMode"
; A clerk installs for herself unless she (or IT, with /AllUsers) asks otherwise.
!define MULTIUSER_INSTALLMODE_DEFAULT_CURRENTUSER
!include MultiUser.nsh
!include MUI2.nsh
!include FileFunc.nsh
!include LogicLib.nsh
!include Sections.nsh
!include "${FILES}"

; ------------------------------------------------------------ pages
!define MUI_ABORTWARNING
!insertmacro MULTIUSER_PAGE_INSTALLMODE
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE}"
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_COMPONENTS
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "Vietnamese"
!insertmacro MUI_LANGUAGE "English"

LangString ProgramSection ${LANG_VIETNAMESE} "Chương trình cbdesk"
LangString ProgramSection ${LANG_ENGLISH} "The cbdesk program"
LangString DesktopSection ${LANG_VIETNAMESE} "Biểu tượng trên màn hình nền"
LangString DesktopSection ${LANG_ENGLISH} "Desktop shortcut"
LangString UnProgramSection ${LANG_VIETNAMESE} "Gỡ chương trình cbdesk"
LangString UnProgramSection ${LANG_ENGLISH} "Remove the cbdesk program"
LangString UnDataSection ${LANG_VIETNAMESE} "Xoá cả dữ liệu (cơ sở dữ liệu, bản sao lưu, nhật ký)"
LangString UnDataSection ${LANG_ENGLISH} "Also delete my data (database, backups, logs)"

; ------------------------------------------------------------ install
Section "!$(ProgramSection)" SecProgram
  SectionIn RO
  SetOutPath "$INSTDIR"
  ; Upgrade in place: the earlier program's own files go first, so a file the
  ; new version no longer has does not linger. The data are elsewhere.
  !insertmacro CBDESK_REMOVE_FILES
  !insertmacro CBDESK_INSTALL_FILES
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortcut "$SMPROGRAMS\cbdesk.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0

  WriteRegStr SHCTX "${APP_KEY}" "InstallDir" "$INSTDIR"
  WriteRegStr SHCTX "${APP_KEY}" "InstallMode" "$MultiUser.InstallMode"
  WriteRegStr SHCTX "${APP_KEY}" "Version" "${VERSION}"

  WriteRegStr SHCTX "${UNINST_KEY}" "DisplayName" "cbdesk"
  WriteRegStr SHCTX "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr SHCTX "${UNINST_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr SHCTX "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\${EXE},0"
  WriteRegStr SHCTX "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr SHCTX "${UNINST_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe" /$MultiUser.InstallMode'
  WriteRegStr SHCTX "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /$MultiUser.InstallMode /S'
  WriteRegDWORD SHCTX "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD SHCTX "${UNINST_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD SHCTX "${UNINST_KEY}" "EstimatedSize" "$0"
SectionEnd

Section "$(DesktopSection)" SecDesktop
  CreateShortcut "$DESKTOP\cbdesk.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0
SectionEnd

Function .onInit
  SetRegView 64
  !insertmacro MULTIUSER_INIT
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/NODESKTOP" $R1
  ${IfNot} ${Errors}
    !insertmacro UnselectSection ${SecDesktop}
  ${EndIf}
FunctionEnd

; ------------------------------------------------------------ uninstall
Section "un.$(UnProgramSection)" UnSecProgram
  SectionIn RO
  Delete "$SMPROGRAMS\cbdesk.lnk"
  Delete "$DESKTOP\cbdesk.lnk"
  !insertmacro CBDESK_REMOVE_FILES
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"  ; only when empty: never a folder with someone else's files
  DeleteRegKey SHCTX "${UNINST_KEY}"
  DeleteRegKey SHCTX "${APP_KEY}"
SectionEnd

Section /o "un.$(UnDataSection)" UnSecData
  ; The data folder is the user's own (%APPDATA%\cbdesk), also after a
  ; per-machine installation.
  SetShellVarContext current
  RMDir /r "$APPDATA\cbdesk"
  ${If} $MultiUser.InstallMode == "AllUsers"
    SetShellVarContext all
  ${EndIf}
SectionEnd

Function un.onInit
  SetRegView 64
  !insertmacro MULTIUSER_UNINIT
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/REMOVEDATA" $R1
  ${IfNot} ${Errors}
    !insertmacro SelectSection ${UnSecData}
  ${EndIf}
FunctionEnd

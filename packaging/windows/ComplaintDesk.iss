; Inno Setup script for the Windows bundle (README: "Windows"), UTF-8 with a byte-order mark so that
; Inno Setup reads the Chinese names. NOT VERIFIED: written on Linux, where neither Windows nor Inno Setup
; was available; compile it on the Windows machine that built the bundle:
;
;   py tools\build_bundle.py
;   iscc /DAppVersion=0.1.0 packaging\windows\ComplaintDesk.iss     → dist\ComplaintDesk-0.1.0-setup.exe
;
; It installs dist\ComplaintDesk\ for the current user (no administrator rights needed) with a Start-menu
; entry and an optional desktop shortcut. The office's data is not in the installation folder: it lives in
; %LOCALAPPDATA%\ComplaintDesk\ and is neither touched by an upgrade nor removed by uninstalling.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{4F1C2B7E-7C1D-4B59-9E3A-6A0C2D5B8E21}
AppName=ComplaintDesk 投诉办理台
AppVersion={#AppVersion}
AppPublisher=ComplaintDesk
DefaultDirName={localappdata}\Programs\ComplaintDesk
DefaultGroupName=ComplaintDesk 投诉办理台
PrivilegesRequired=lowest
DisableProgramGroupPage=yes
OutputDir=..\..\dist
OutputBaseFilename=ComplaintDesk-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
UninstallDisplayIcon={app}\ComplaintDesk.exe

[Languages]
; Inno Setup ships its Simplified Chinese messages among the unofficial translations: put
; ChineseSimplified.isl into its Languages folder to get a Chinese installer; English otherwise.
#if FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#endif
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "..\..\dist\ComplaintDesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\ComplaintDesk 投诉办理台"; Filename: "{app}\ComplaintDesk.exe"
Name: "{autodesktop}\ComplaintDesk 投诉办理台"; Filename: "{app}\ComplaintDesk.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\ComplaintDesk.exe"; Description: "{cm:LaunchProgram,ComplaintDesk}"; Flags: nowait postinstall skipifsilent

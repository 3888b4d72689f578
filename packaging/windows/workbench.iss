; Inno Setup 6 script for the Windows installer of Workbench.
; Build the application first (packaging/build.sh in Git Bash, giving dist\workbench),
; then from the repository root:
;   iscc /DSourceDir=dist\workbench /DOutputDir=dist packaging\windows\workbench.iss
; Sign the installer with the same certificate as the executables (packaging/README.md).

#define AppName "Workbench"
#define AppVersion "0.1.0"
#define AppId "org.workbench.Workbench"
#ifndef SourceDir
  #define SourceDir "..\..\dist\workbench"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif

[Setup]
AppId={{6B0F4C53-2A8E-4E53-9C1B-8F0D3E5A7C21}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Workbench contributors
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
; Per-user install by default (no administrator rights); the user may choose all users.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#OutputDir}
OutputBaseFilename=Workbench-{#AppVersion}-windows-x64-setup
SetupIconFile=..\..\resources\icons\app\workbench.ico
UninstallDisplayIcon={app}\workbenchw.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
ChangesEnvironment=yes

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "addtopath"; Description: "Add the workbench command to PATH"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\workbenchw.exe"; AppUserModelID: "{#AppId}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\workbenchw.exe"; Tasks: desktopicon

[Registry]
; Double-clicking a .wbproj file opens it in Workbench.
Root: HKA; Subkey: "Software\Classes\.wbproj"; ValueType: string; ValueName: ""; ValueData: "Workbench.Project"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Workbench.Project"; ValueType: string; ValueName: ""; ValueData: "Workbench Project"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Workbench.Project\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\workbenchw.exe,0"
Root: HKA; Subkey: "Software\Classes\Workbench.Project\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\workbenchw.exe"" gui ""%1"""
Root: HKCU; Subkey: "Environment"; ValueType: expandsz; ValueName: "Path"; ValueData: "{olddata};{app}"; Tasks: addtopath; Check: not IsAdminInstallMode

[Run]
Filename: "{app}\workbenchw.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

# Builds the GT Lab Windows installer (.msi) with jpackage.
# UNTESTED: written on Linux, where jpackage cannot build Windows packages.
# Needs: JDK 17+ (with jpackage), Maven, and the WiX Toolset 3.x on PATH (candle.exe, light.exe).
# Run from a PowerShell prompt:  powershell -ExecutionPolicy Bypass -File installers\build-windows.ps1
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")
$Version = "0.1.0"
mvn -B -q -DskipTests package
if ($LASTEXITCODE -ne 0) { throw "maven build failed" }
Remove-Item -Recurse -Force installers\input, installers\out -ErrorAction SilentlyContinue
New-Item -ItemType Directory -Force installers\input, installers\out | Out-Null
Copy-Item target\gtlab.jar installers\input\gtlab.jar
$Mods = (jdeps --print-module-deps --ignore-missing-deps --multi-release 17 installers\input\gtlab.jar | Select-Object -Last 1)
jpackage --type msi --input installers\input --main-jar gtlab.jar `
  --main-class org.gtlab.ui.app.Launcher --name GtLab --app-version $Version `
  --icon installers\icons\gtlab.ico --dest installers\out `
  --description "GT Lab: a desktop game-theory lab" --vendor "GT Lab" `
  --win-menu --win-shortcut --win-dir-chooser --win-menu-group "GT Lab" `
  --add-modules "$Mods,java.desktop,java.logging,jdk.unsupported" `
  --jlink-options "--strip-debug --no-header-files --no-man-pages --strip-native-commands"
if ($LASTEXITCODE -ne 0) { throw "jpackage failed" }
Get-ChildItem installers\out\*.msi

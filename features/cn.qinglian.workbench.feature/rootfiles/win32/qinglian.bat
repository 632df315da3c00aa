@echo off
rem Qinglian Workbench (Qing lian zhan suo xun cha gong zuo tai) for Windows.
rem   qinglian [-nl en^|zh_CN] [--workspace DIR]   start the workbench (default: the bundled sample)
rem   qinglian COMMAND [ARGS]                      run a headless command; "qinglian --help" lists them
rem Needs a Java 21+ runtime: %QINGLIAN_JAVA_HOME%, %JAVA_HOME% or java on PATH.
rem Extra JVM options: %QINGLIAN_VMARGS% (default -Xmx2g).
setlocal EnableExtensions
set "HERE=%~dp0"
set "JHOME=%QINGLIAN_JAVA_HOME%"
if "%JHOME%"=="" set "JHOME=%JAVA_HOME%"
set "JAVA_EXE=java.exe"
set "JAVAW_EXE=javaw.exe"
if not "%JHOME%"=="" (
  set "JAVA_EXE=%JHOME%\bin\java.exe"
  set "JAVAW_EXE=%JHOME%\bin\javaw.exe"
)
"%JAVA_EXE%" -version >nul 2>&1
if errorlevel 1 (
  echo qinglian: no Java found. Install a Java 21+ runtime ^(e.g. Temurin 21^) and set JAVA_HOME. 1>&2
  exit /b 2
)
set "LAUNCHER="
for %%F in ("%HERE%plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%~fF"
if "%LAUNCHER%"=="" (
  echo qinglian: %HERE%plugins holds no Equinox launcher; the installation is damaged. 1>&2
  exit /b 2
)
set "VMARGS=%QINGLIAN_VMARGS%"
if "%VMARGS%"=="" set "VMARGS=-Xmx2g"
set "FIRST=%~1"
if /i "%FIRST%"=="-nl" set "FIRST=%~3"
set "MODE=cli"
if "%FIRST%"=="" set "MODE=gui"
if not "%FIRST%"=="" if "%FIRST:~0,1%"=="-" set "MODE=gui"
if "%FIRST%"=="--help" set "MODE=cli"
if "%FIRST%"=="-h" set "MODE=cli"
if "%MODE%"=="gui" (
  start "" "%JAVAW_EXE%" %VMARGS% -XX:TieredStopAtLevel=1 --enable-native-access=ALL-UNNAMED -jar "%LAUNCHER%" %*
  exit /b 0
)
"%JAVA_EXE%" %VMARGS% -Djava.awt.headless=true --enable-native-access=ALL-UNNAMED -jar "%LAUNCHER%" -nosplash -data @none -application cn.qinglian.cli.application %*
exit /b %ERRORLEVEL%

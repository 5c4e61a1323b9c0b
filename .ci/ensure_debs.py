#!/usr/bin/env python3
"""Install the Debian packages named on the command line that are missing.

Only touches apt when something is missing, so a prepared machine starts at once.
"""
import os
import shutil
import subprocess
import sys


def installed(package: str) -> bool:
    result = subprocess.run(
        ["dpkg-query", "-W", "-f=${Status}", package],
        capture_output=True, text=True, check=False,
    )
    return result.returncode == 0 and "install ok installed" in result.stdout


def main(packages: list[str]) -> int:
    if not shutil.which("dpkg-query"):
        print("Not a Debian/Ubuntu system: install the Qt/PostgreSQL packages yourself.")
        return 0
    missing = [p for p in packages if not installed(p)]
    if not missing:
        return 0
    print("Installing Debian packages:", " ".join(missing), flush=True)
    sudo = [] if os.geteuid() == 0 else ["sudo"]
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    subprocess.run(sudo + ["apt-get", "update", "-q"], check=True, env=env)
    subprocess.run(sudo + ["apt-get", "install", "-y", "-q", "--no-install-recommends", *missing],
                   check=True, env=env)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""python -m config.stack up | down | status"""

import sys

from . import control


def main(argv):
    command = argv[1] if len(argv) > 1 else "status"
    try:
        if command == "up":
            layout = control.up()
            print(control.summary(layout))
        elif command == "down":
            left = control.down()
            if left:
                print(f"Still running after SIGKILL: {left}", file=sys.stderr)
                return 1
            print("Stack stopped; no process left.")
        elif command == "status":
            for name, running in control.status().items():
                print(f"{name:10} {'running' if running else 'stopped'}")
        else:
            print(__doc__, file=sys.stderr)
            return 2
    except control.StackError as error:
        print(error, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

"""``python -m wirecoder`` runs the command-line interface."""

from wirecoder.cli import main

if __name__ == "__main__":
    main()

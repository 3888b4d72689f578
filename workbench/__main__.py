import sys

from workbench import earlystart

earlystart.start(sys.argv[1:])  # an import's workers start while the program loads

from workbench.cli import main  # noqa: E402

raise SystemExit(main())

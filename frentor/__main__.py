from frentor.cli import main

raise SystemExit(main())

from vendorpick.cli import main

raise SystemExit(main())

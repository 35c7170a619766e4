from egov_desktop.app import main

raise SystemExit(main())

from litopys.cli import main

main()

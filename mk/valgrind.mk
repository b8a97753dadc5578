# mk/valgrind.mk — the whole pipeline on the bundled corpus under valgrind:
# no memory errors, no leaks (libxml2's process-wide caches are freed at exit
# by xmlCleanupParser; what valgrind still calls "still reachable" is not a leak).
.PHONY: valgrind
valgrind: plandiff
	valgrind --error-exitcode=1 --leak-check=full --errors-for-leak-kinds=definite,indirect \
	  ./plandiff run --quiet -o build/valgrind-reports corpus
	@echo "valgrind: no errors, no leaks"

// A shared object with no Node-API registration at all.
int not_an_addon(void) { return 1; }

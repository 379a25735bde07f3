// Stands in for an addon built against the V8/Node C++ API: it references v8::Isolate::GetCurrent()
// and exports node_register_module_v115 instead of a Node-API registration.
extern void* _ZN2v87Isolate10GetCurrentEv(void);

void node_register_module_v115(void* exports, void* module, void* context) {
  _ZN2v87Isolate10GetCurrentEv();
}

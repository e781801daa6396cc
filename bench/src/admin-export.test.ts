import { heapUsed } from "./admin-export.js";

test("Keycloak's heap in use: the sum of the heap pools of its Prometheus metrics, never the other areas", () => {
  const metrics = [
    "# TYPE jvm_memory_used_bytes gauge",
    'jvm_memory_used_bytes{area="heap",id="G1 Eden Space"} 1.2E7',
    'jvm_memory_used_bytes{area="heap",id="G1 Old Gen"} 3.0E7',
    'jvm_memory_used_bytes{area="nonheap",id="Metaspace"} 9.9E7',
    'jvm_memory_max_bytes{area="heap",id="G1 Old Gen"} 5.0E8',
  ].join("\n");
  expect(heapUsed(metrics)).toBe(4.2e7);
  expect(heapUsed("# nothing")).toBeNaN();
});

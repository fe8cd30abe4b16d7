
// src/util/response-reads.ts
var recorder;
function watchResponse(api, operation, value) {
  const record = recorder;
  if (!record) return value;
  return watch(value, "", (path) => record(api, operation, path === "" ? "(root)" : path));
}
function watch(value, path, report) {
  if (value === null || typeof value !== "object") return value;
  const isArray = Array.isArray(value);
  return new Proxy(value, {
    get(target, key, receiver) {
      const child = Reflect.get(target, key, receiver);
      if (typeof key !== "string") return child;
      if (key === "then" && !Object.prototype.hasOwnProperty.call(target, key)) return child;
      if (isArray) {
        if (!/^\d+$/.test(key)) return child;
        return watch(child, `${path}[]`, report);
      }
      if (typeof child === "function" && !Object.prototype.hasOwnProperty.call(target, key)) return child;
      const childPath = path === "" ? key : `${path}.${key}`;
      report(childPath);
      return watch(child, childPath, report);
    },
    ownKeys(target) {
      report(path === "" ? "*" : `${path}.*`);
      return Reflect.ownKeys(target);
    }
  });
}

export {
  watchResponse
};

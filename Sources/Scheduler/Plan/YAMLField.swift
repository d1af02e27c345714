import Forecast
import Yams

/// A node of a YAML document together with its path and file, so every error can say where.
///
/// Wraps Yams' composed `Node` (which carries a 1-based line in `mark`): typed accessors refuse the
/// wrong shape ("a list where a map is expected"), maps refuse unknown keys with the nearest known
/// one, and ``parse(_:)`` turns a unit parser's ``ValueError`` into an ``InputError`` naming the
/// file, line and field.
struct YAMLField {
  let node: Node
  /// The field path for messages: `channels[0].target`; empty for the document root.
  let path: String
  let file: String

  var line: Int? { node.mark?.line }

  /// An error located at this field.
  func error(_ problem: String, _ remedy: String) -> InputError {
    InputError(file: file, line: line, field: path.isEmpty ? nil : path, problem: problem, remedy: remedy)
  }

  /// A value error located at this field.
  func error(_ error: ValueError) -> InputError { self.error(error.problem, error.remedy) }

  /// True for `~`, `null` or nothing after the colon.
  var isNull: Bool {
    guard case .scalar(let scalar) = node, scalar.style == .plain || scalar.style == .any else {
      return false
    }
    return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
  }

  /// The shape of the node, for messages: `a map`, `a list`, `a text`.
  var shape: String {
    if node.mapping != nil { return "a map" }
    if node.sequence != nil { return "a list" }
    return "a single value"
  }

  /// The scalar text; a map or list is an error saying what to write instead.
  func text(example: String) throws(InputError) -> String {
    guard let scalar = node.scalar else {
      throw error("is \(shape) where a single value is expected", "write it like \(example)")
    }
    return scalar.string
  }

  /// Parses the scalar text with a unit parser, locating its error here.
  func parse<T>(example: String, _ body: (String) throws(ValueError) -> T) throws(InputError) -> T {
    let text = try text(example: example)
    do {
      return try body(text)
    } catch {
      throw self.error(error)
    }
  }

  /// The items of a list; a single value or map is an error.
  func list(example: String) throws(InputError) -> [YAMLField] {
    guard let sequence = node.sequence else {
      throw error("is \(shape) where a list is expected", "write a list like \(example)")
    }
    return sequence.enumerated().map { index, item in
      YAMLField(node: item, path: "\(path)[\(index)]", file: file)
    }
  }

  /// The entries of a map, in the order written, each key checked against `known`.
  func map(known: [String], example: String) throws(InputError) -> YAMLMap {
    let entries = try entries(example: example)
    for entry in entries where !known.contains(entry.key) {
      let remedy = NearestName.suggestion(for: entry.key, among: known).map { "did you mean \"\($0)\"?" }
        ?? "known keys: \(known.joined(separator: ", "))"
      throw entry.keyField.error("unknown key", remedy)
    }
    return YAMLMap(field: self, entries: entries)
  }

  /// The entries of a map with any keys (opening hours), duplicates refused.
  func entries(example: String) throws(InputError) -> [YAMLEntry] {
    guard let mapping = node.mapping else {
      throw error("is \(shape) where a map is expected", "write a map like \(example)")
    }
    var result: [YAMLEntry] = []
    for (keyNode, valueNode) in mapping {
      let keyPath = YAMLField(node: keyNode, path: path, file: file)
      guard let key = keyNode.scalar?.string else {
        throw keyPath.error("has a key that is \(keyPath.shape)", "use plain names as keys")
      }
      let childPath = path.isEmpty ? key : "\(path).\(key)"
      let entry = YAMLEntry(
        key: key, keyField: YAMLField(node: keyNode, path: childPath, file: file),
        value: YAMLField(node: valueNode, path: childPath, file: file))
      if let first = result.first(where: { $0.key == key }) {
        let place = first.keyField.line.map { " (first on line \($0))" } ?? ""
        throw entry.keyField.error("is listed twice\(place)", "keep one")
      }
      result.append(entry)
    }
    return result
  }
}

/// One `key: value` of a YAML map, with both located.
struct YAMLEntry {
  let key: String
  let keyField: YAMLField
  let value: YAMLField
}

/// A checked YAML map: lookup by key, with "missing" errors located at the map.
struct YAMLMap {
  let field: YAMLField
  let entries: [YAMLEntry]

  /// The value for `key`, or nil when absent or null.
  func optional(_ key: String) -> YAMLField? {
    guard let entry = entries.first(where: { $0.key == key }), !entry.value.isNull else { return nil }
    return entry.value
  }

  /// The value for `key`; absent or empty is an error naming the key and what to write.
  func required(_ key: String, example: String) throws(InputError) -> YAMLField {
    if let value = optional(key) { return value }
    let path = field.path.isEmpty ? key : "\(field.path).\(key)"
    let present = entries.first { $0.key == key }
    let located = present?.value ?? YAMLField(node: field.node, path: path, file: field.file)
    throw located.error(present == nil ? "is missing" : "is empty", "add it, like \(key): \(example)")
  }
}

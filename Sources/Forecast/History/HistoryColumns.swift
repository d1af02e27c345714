/// The two layouts of `history.csv`, told apart by the header (docs/reference.md).
///
/// - Per interval: `timestamp,channel,volume[,aht_seconds]`, timestamp = interval start.
/// - Per contact: `arrived_at,channel[,handle_seconds,waited_seconds,abandoned]`.
///
/// Columns may come in any order; an unknown column is refused with the nearest known name, so a
/// misspelt `aht_second` is not silently dropped.
struct HistoryColumns {
  enum Form { case perInterval, perContact }

  let form: Form
  let timestamp: Int
  let channel: Int
  let volume: Int?
  let handle: Int?
  let count: Int

  /// The handle-time column's name, when the header has one.
  var handleName: String? { handle.map { _ in form == .perInterval ? "aht_seconds" : "handle_seconds" } }

  static let perInterval = ["timestamp", "channel", "volume", "aht_seconds"]
  static let perContact = ["arrived_at", "channel", "handle_seconds", "waited_seconds", "abandoned"]

  init(header: CSVRow, file: String) throws(InputError) {
    let lowered = header.fields.map { $0.trimmingSpaces.lowercased() }
    let form: Form = lowered.contains("arrived_at") ? .perContact : .perInterval
    let required = form == .perInterval ? ["timestamp", "channel", "volume"] : ["arrived_at", "channel"]
    let columns = try CSVHeader(
      header, file: file, required: required,
      allowed: CSVHeader.Allowed(
        names: form == .perInterval ? Self.perInterval : Self.perContact,
        layout: form == .perInterval
          ? "timestamp,channel,volume[,aht_seconds]" : "arrived_at,channel[,handle_seconds,waited_seconds,abandoned]"),
      example: "timestamp,channel,volume,aht_seconds",
      remedy: "start the file with timestamp,channel,volume[,aht_seconds] (per interval) "
        + "or arrived_at,channel[,handle_seconds,...] (per contact)")
    self.form = form
    self.timestamp = columns[required[0]]
    self.channel = columns["channel"]
    self.volume = columns.position("volume")
    self.handle = columns.position(form == .perInterval ? "aht_seconds" : "handle_seconds")
    self.count = header.fields.count
  }
}


import ShinsaCore

/// Checks what every data-file error promises: a message, and nothing in it that could act
/// on a terminal (text quoted from the file is escaped).
func checkMessage(_ error: DataFileError) {
  precondition(!error.message.isEmpty, "a data-file error without a message")
  precondition(
    !error.description.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F },
    "a data-file error carries a raw control character: \(error.description)")
}

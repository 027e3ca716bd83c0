"""The progress report for a letter to parliament: ``model`` (what goes in), ``build`` (from a
snapshot), ``pdf`` (Typst, tagged, bundled fonts) and ``docx`` (Word, editable styles)."""

"""Page script for st.navigation; the view lives in explorer.ui.compare."""

from explorer.ui import compare

compare.render()

"""Page script for st.navigation; the view lives in explorer.ui.matrix."""

from explorer.ui import matrix

matrix.render()

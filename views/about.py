"""Page script for st.navigation; the view lives in explorer.ui.about."""

from explorer.ui import about

about.render()

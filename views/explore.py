"""Page script for st.navigation; the view lives in explorer.ui.explore."""

from explorer.ui import explore

explore.render()

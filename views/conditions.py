"""Page script for st.navigation; the view lives in explorer.ui.conditions."""

from explorer.ui import conditions

conditions.render()

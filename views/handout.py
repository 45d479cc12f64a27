"""Page script for st.navigation; the view lives in explorer.ui.handout."""

from explorer.ui import handout

handout.render()

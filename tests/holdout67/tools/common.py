"""Shared bits for the page files: the language select and a chrome factory."""
LANG_OPTIONS = [('en', 'English'), ('de', 'Deutsch'), ('fr', 'Français'), ('es', 'Español'),
                ('pt', 'Português (Brasil)'), ('it', 'Italiano'), ('nl', 'Nederlands')]


def chrome(search, search_ph, langlabel, account, navlabel, menu, footer, copyright):
    return dict(search=search, search_ph=search_ph, langlabel=langlabel, account=account,
                navlabel=navlabel, menu=menu, footer=footer, copyright=copyright, langs=LANG_OPTIONS)
